using System.Reflection;
using Asivado.Orleans.Persistence.Entries;
using Asivado.Orleans.Persistence.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Orleans.Persistence.Collections;

/// <summary>Makes the <see cref="IPersistentDictionary{TValue}"/> of a <see cref="PersistentDictionaryAttribute"/> parameter, as Orleans' own mapper does for <c>[PersistentState]</c>.</summary>
internal sealed class PersistentDictionaryAttributeMapper : IAttributeToFactoryMapper<PersistentDictionaryAttribute>
{
    public Factory<IGrainContext, object> GetFactory(ParameterInfo parameter, PersistentDictionaryAttribute metadata)
    {
        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentDictionary<>))
        {
            throw new ArgumentException(
                $"Parameter '{parameter.Name}' of '{parameter.Member.DeclaringType}' has [PersistentDictionary] but its type is '{type}', not IPersistentDictionary<T>.",
                parameter.Name);
        }

        var dictionaryType = typeof(PersistentDictionary<>).MakeGenericType(type.GetGenericArguments());
        return context => Activator.CreateInstance(
            dictionaryType,
            context,
            metadata.Name,
            context.ActivationServices.GetRequiredService<IGrainEntryStorage>(),
            context.ActivationServices.GetRequiredService<IOptions<GrainStateJsonOptions>>().Value.SerializerOptions)!;
    }
}

using Asivado.Orleans.Persistence.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Asivado.Orleans.Persistence.Hosting;

public static class MemoryGrainStateSiloBuilderExtensions
{
    /// <summary>
    /// Orleans' memory grain storage as the default, writing state as <see cref="GrainStateJsonOptions"/> JSON (as the
    /// PostgreSQL provider does), and keyed collections in process memory: the embedded default and tests.
    /// </summary>
    public static ISiloBuilder AddMemoryGrainState(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKeyedGrainCollections();
        builder.AddMemoryGrainStorageAsDefault(options => options.Configure<IOptions<GrainStateJsonOptions>>(
            (memory, json) => memory.GrainStorageSerializer = new GrainStateJsonSerializer(json)));
        return builder;
    }
}

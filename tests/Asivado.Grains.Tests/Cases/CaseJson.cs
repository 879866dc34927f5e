using System.Text.Json;
using Asivado.Domain.Serialization;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Views hold lists, which records compare by reference: compare their JSON instead.</summary>
internal static class CaseJson
{
    public static string Of<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);
}

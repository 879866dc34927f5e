using Orleans;

namespace Asivado.Orleans.PostgreSql.Tests.Cluster;

[Alias("asivado.tests.case-note")]
public interface ICaseNoteGrain : IGrainWithStringKey
{
    [Alias("write")]
    Task Write(string text, string tag);

    [Alias("read")]
    Task<string> Read();

    [Alias("clear")]
    Task Clear();

    [Alias("deactivate")]
    Task Deactivate();
}

using Orleans;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Cluster;

public sealed class NoteState
{
    public string Text { get; set; } = "";

    public int Writes { get; set; }
}

public sealed class TagState
{
    public string Tag { get; set; } = "";
}

/// <summary>A grain with two states: "s" on the default storage and "t" on the storage named <see cref="PostgreSqlOptions.StorageName"/>.</summary>
public sealed class CaseNoteGrain(
    [PersistentState("s")] IPersistentState<NoteState> note,
    [PersistentState("t", PostgreSqlOptions.StorageName)] IPersistentState<TagState> tag) : Grain, ICaseNoteGrain
{
    public async Task Write(string text, string tagText)
    {
        note.State.Text = text;
        note.State.Writes++;
        tag.State.Tag = tagText;
        await note.WriteStateAsync();
        await tag.WriteStateAsync();
    }

    public Task<string> Read() =>
        Task.FromResult($"{note.State.Text}|{note.State.Writes}|{tag.State.Tag}|{note.RecordExists}|{tag.RecordExists}");

    public async Task Clear()
    {
        await note.ClearStateAsync();
        await tag.ClearStateAsync();
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class ObserverTests
{
    [Fact]
    public async Task A_grain_notifies_subscribed_observers_through_their_references()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<ChatGrain>());
        var console1 = new RecordingObserver();
        var console2 = new RecordingObserver();
        var chat = host.GrainFactory.GetGrain<IChatGrain>("room");
        await chat.Subscribe(host.GrainFactory.CreateObjectReference<IChatObserver>(console1));
        await chat.Subscribe(host.GrainFactory.CreateObjectReference<IChatObserver>(console2));

        Assert.Equal(2, await chat.Publish("hello"));

        Assert.Equal(["hello"], console1.Messages);
        Assert.Equal(["hello"], console2.Messages);
    }

    [Fact]
    public async Task A_deleted_reference_fails_and_is_dropped_on_the_next_notification()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<ChatGrain>());
        var kept = new RecordingObserver();
        var gone = new RecordingObserver();
        var goneReference = host.GrainFactory.CreateObjectReference<IChatObserver>(gone);
        var chat = host.GrainFactory.GetGrain<IChatGrain>("room");
        await chat.Subscribe(host.GrainFactory.CreateObjectReference<IChatObserver>(kept));
        await chat.Subscribe(goneReference);

        host.GrainFactory.DeleteObjectReference(goneReference);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => goneReference.Receive("direct"));
        Assert.Equal(1, await chat.Publish("after"));
        Assert.Equal(["after"], kept.Messages);
        Assert.Empty(gone.Messages);
    }

    [Fact]
    public async Task Subscriptions_expire_unless_renewed()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<ChatGrain>());
        var renewed = host.GrainFactory.CreateObjectReference<IChatObserver>(new RecordingObserver());
        var chat = host.GrainFactory.GetGrain<IChatGrain>("room");
        await chat.Subscribe(renewed);
        await chat.Subscribe(host.GrainFactory.CreateObjectReference<IChatObserver>(new RecordingObserver()));

        await host.AdvanceAsync(TimeSpan.FromMinutes(4));
        await chat.Subscribe(renewed);
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await chat.Publish("x"));
    }

    [Fact]
    public async Task An_observer_that_throws_is_dropped()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<ChatGrain>());
        var chat = host.GrainFactory.GetGrain<IChatGrain>("room");
        await chat.Subscribe(host.GrainFactory.CreateObjectReference<IChatObserver>(new RecordingObserver { Fail = true }));

        Assert.Equal(0, await chat.Publish("x"));
    }

    [Fact]
    public async Task Only_references_made_by_the_factory_can_be_deleted()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<ChatGrain>());

        var error = Assert.Throws<ArgumentException>(() => host.GrainFactory.DeleteObjectReference<IChatObserver>(new RecordingObserver()));
        Assert.Equal("reference", error.ParamName);
    }

    private sealed class RecordingObserver : IChatObserver
    {
        public List<string> Messages { get; } = [];

        public bool Fail { get; init; }

        public Task Receive(string message)
        {
            if (Fail)
            {
                throw new InvalidOperationException("console disconnected");
            }

            Messages.Add(message);
            return Task.CompletedTask;
        }
    }
}

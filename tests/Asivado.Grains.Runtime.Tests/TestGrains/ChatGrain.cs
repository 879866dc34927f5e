using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Observers;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface IChatObserver : IGrainObserver
{
    Task Receive(string message);
}

public interface IChatGrain : IGrainWithStringKey
{
    Task Subscribe(IChatObserver observer);

    Task<bool> Unsubscribe(IChatObserver observer);

    /// <returns>How many observers are still subscribed after the notification.</returns>
    Task<int> Publish(string message);
}

public sealed class ChatGrain : Grain, IChatGrain
{
    private readonly ObserverManager<IChatObserver> _observers;

    public ChatGrain()
    {
        _observers = new ObserverManager<IChatObserver>(TimeSpan.FromMinutes(5), TimeProvider);
    }

    public Task Subscribe(IChatObserver observer)
    {
        _observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task<bool> Unsubscribe(IChatObserver observer) => Task.FromResult(_observers.Unsubscribe(observer));

    public async Task<int> Publish(string message)
    {
        await _observers.NotifyAsync(o => o.Receive(message));
        return _observers.Count;
    }
}

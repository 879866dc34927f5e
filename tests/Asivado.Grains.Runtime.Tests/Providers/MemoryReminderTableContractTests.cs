using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class MemoryReminderTableContractTests : ReminderTableContractTests
{
    protected override Task<IReminderTable> CreateTableAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}

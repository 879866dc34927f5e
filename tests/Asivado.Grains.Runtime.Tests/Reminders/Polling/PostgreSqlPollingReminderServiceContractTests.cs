using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Tests.Providers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PostgreSqlPollingReminderServiceContractTests : PollingReminderServiceContractTests
{
    private PostgreSqlTestSchema? _schema;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    protected override async Task<IReminderTable> CreateTableAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        return new PostgreSqlReminderTable(_schema.DataSource, _schema.Batchers, _schema.Options, NullLogger<PostgreSqlReminderTable>.Instance);
    }
}

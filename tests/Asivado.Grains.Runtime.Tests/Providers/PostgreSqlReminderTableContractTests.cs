using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class PostgreSqlReminderTableContractTests : ReminderTableContractTests
{
    private PostgreSqlTestSchema? _schema;

    public override async Task DisposeAsync()
    {
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

using Asivado.Grains.Runtime.PostgreSql.Storage;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class PostgreSqlGrainStorageContractTests : GrainStorageContractTests
{
    private PostgreSqlTestSchema? _schema;

    public override async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    protected override async Task<IGrainStorage> CreateStorageAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        return new PostgreSqlGrainStorage(_schema.DataSource, _schema.Batchers, _schema.Options, NullLogger<PostgreSqlGrainStorage>.Instance);
    }
}

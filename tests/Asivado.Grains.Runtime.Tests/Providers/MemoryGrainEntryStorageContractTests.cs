using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class MemoryGrainEntryStorageContractTests : GrainEntryStorageContractTests
{
    protected override Task<IGrainStorage> CreateStorageAsync() => Task.FromResult<IGrainStorage>(new MemoryGrainStorage());
}

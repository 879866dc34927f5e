using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class MemoryGrainStorageContractTests : GrainStorageContractTests
{
    protected override Task<IGrainStorage> CreateStorageAsync() => Task.FromResult<IGrainStorage>(new MemoryGrainStorage());
}

using Asivado.Domain.Cases;
using Asivado.Grains.Departments;
using Asivado.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using Xunit;

namespace Asivado.Grains.Tests.Serialization;

/// <summary>How the grain contracts cross a call: shared within a silo, written as JSON between silos.</summary>
public sealed class ContractCopyTests : IDisposable
{
    private static readonly QueueEntry Entry = new(
        "case-1", Channel.Email, CaseKind.Complaint, CaseStatus.Received, null,
        Instant.FromUtc(2026, 12, 3, 9, 0), Instant.FromUtc(2026, 12, 3, 11, 0), "Invoice");

    private readonly ServiceProvider _services = new ServiceCollection().AddAsivadoContracts().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_contract_passed_within_a_silo_is_shared_not_copied()
    {
        var copier = _services.GetRequiredService<DeepCopier>();

        Assert.Same(Entry, copier.Copy(Entry));
    }

    [Fact]
    public void A_contract_sent_to_another_silo_arrives_equal()
    {
        var serializer = _services.GetRequiredService<Serializer>();

        var arrived = serializer.Deserialize<QueueEntry>(serializer.SerializeToArray(Entry));

        Assert.Equal(Entry, arrived);
        Assert.NotSame(Entry, arrived);
    }
}

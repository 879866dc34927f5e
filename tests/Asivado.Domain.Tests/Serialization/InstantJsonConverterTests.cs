using System.Text.Json;
using Asivado.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Tests.Serialization;

public sealed class InstantJsonConverterTests
{
    public static TheoryData<long> Instants => new()
    {
        Instant.FromUtc(2025, 1, 14, 9, 30, 0).ToUnixTimeTicks() * 100,
        Instant.FromUtc(2025, 1, 14, 9, 30, 0).PlusNanoseconds(250_000_000).ToUnixTimeTicks() * 100,
        Instant.FromUtc(2026, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999).ToUnixTimeTicks() * 100 + 99,
        Instant.FromUtc(1999, 2, 28, 0, 0, 0).PlusNanoseconds(1).ToUnixTimeTicks() * 100 + 1,
        Instant.FromUtc(1, 1, 1, 0, 0, 0).ToUnixTimeTicks() * 100,
        Instant.FromUtc(0, 6, 1, 12, 0, 0).ToUnixTimeTicks() * 100,
        Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeTicks() * 100 + 120,
        -1,
        0,
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Writes_what_the_extended_iso_pattern_formats_and_reads_it_back(long unixNanoseconds)
    {
        var instant = Instant.FromUnixTimeTicks(0).PlusNanoseconds(unixNanoseconds);

        var json = JsonSerializer.Serialize(instant, DomainJson.Options);

        Assert.Equal($"\"{InstantPattern.ExtendedIso.Format(instant)}\"", json);
        Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(json, DomainJson.Options));
    }

    [Fact]
    public void Instants_outside_four_digit_years_fall_back_to_the_pattern()
    {
        var instant = Instant.FromUtc(-5, 3, 1, 12, 0, 0);

        var json = JsonSerializer.Serialize(instant, DomainJson.Options);

        Assert.Equal($"\"{InstantPattern.ExtendedIso.Format(instant)}\"", json);
        Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(json, DomainJson.Options));
    }

    [Fact]
    public void It_writes_what_nodatime_serialization_writes_so_either_reads_the_stored_state()
    {
        var library = new JsonSerializerOptions { Converters = { NodaTime.Serialization.SystemTextJson.NodaConverters.InstantConverter } };
        var random = new Random(16);
        for (var i = 0; i < 2_000; i++)
        {
            var instant = Instant.FromUtc(1990, 1, 1, 0, 0).PlusNanoseconds(random.NextInt64(0, 60L * 365 * 86_400 * 1_000_000_000));

            var ours = JsonSerializer.Serialize(instant, DomainJson.Options);

            Assert.Equal(JsonSerializer.Serialize(instant, library), ours);
            Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(ours, library));
        }
    }

    [Fact]
    public void A_random_spread_of_instants_formats_as_the_pattern_does()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 10_000; i++)
        {
            var instant = Instant.FromUtc(1900, 1, 1, 0, 0).PlusNanoseconds(random.NextInt64(0, 200L * 365 * 86_400 * 1_000_000_000));
            if (i % 3 == 0)
            {
                instant = Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
            }

            Assert.Equal($"\"{InstantPattern.ExtendedIso.Format(instant)}\"", JsonSerializer.Serialize(instant, DomainJson.Options));
        }
    }
}

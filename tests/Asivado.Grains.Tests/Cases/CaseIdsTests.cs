using Asivado.Grains.Cases;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Grains.Tests.Cases;

public sealed class CaseIdsTests
{
    [Fact]
    public void An_id_is_the_utc_date_and_ten_crockford_characters()
    {
        // 23:30 in UTC-5 is already the next day in UTC.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.FromHours(-5)));

        var ids = Enumerable.Range(0, 1_000).Select(_ => CaseIds.New(time)).ToList();

        Assert.All(ids, id => Assert.Matches("^C-260310-[0-9A-HJKMNP-TV-Z]{10}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

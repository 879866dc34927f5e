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

    [Fact]
    public void A_keyed_id_is_sixteen_crockford_characters_the_same_for_the_same_actor_and_key()
    {
        var id = CaseIds.ForIdempotencyKey("mail-gateway", "msg-0001");

        Assert.Matches("^C-[0-9A-HJKMNP-TV-Z]{16}$", id);
        Assert.Equal(id, CaseIds.ForIdempotencyKey("mail-gateway", "msg-0001"));
        Assert.NotEqual(id, CaseIds.ForIdempotencyKey("mail-gateway", "msg-0002"));
        Assert.NotEqual(id, CaseIds.ForIdempotencyKey("web-tickets", "msg-0001"));
    }

    [Fact]
    public void A_keyed_id_is_the_first_80_bits_of_the_sha256_of_actor_newline_key_in_crockford_base32()
    {
        // Idempotency keys are printable ASCII, so the newline cannot occur in one: "a" + "b\nc" never meets "a\nb" + "c".
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("mail-gateway\nmsg-0001"));
        var first80 = (UInt128)0;
        for (var i = 0; i < 10; i++)
        {
            first80 = (first80 << 8) | hash[i];
        }

        var expected = new char[16];
        for (var i = 15; i >= 0; i--)
        {
            expected[i] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[(int)(first80 & 31)];
            first80 >>= 5;
        }

        Assert.Equal("C-" + new string(expected), CaseIds.ForIdempotencyKey("mail-gateway", "msg-0001"));
    }
}

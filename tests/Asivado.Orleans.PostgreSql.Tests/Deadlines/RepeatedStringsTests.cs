using Asivado.Orleans.PostgreSql.Deadlines;

namespace Asivado.Orleans.PostgreSql.Tests.Deadlines;

public sealed class RepeatedStringsTests
{
    [Fact]
    public void Equal_values_come_back_as_the_first_instance()
    {
        var strings = new RepeatedStrings();
        var first = new string("respond".AsSpan());
        var second = new string("respond".AsSpan());

        Assert.Same(first, strings.Share(first));
        Assert.Same(first, strings.Share(second));
        Assert.Equal("other", strings.Share("other"));
    }

    [Fact]
    public void Values_beyond_the_limit_are_returned_as_given_and_not_remembered()
    {
        var strings = new RepeatedStrings();
        for (var i = 0; i < RepeatedStrings.Limit; i++)
        {
            strings.Share($"name-{i}");
        }

        var late = new string("late".AsSpan());
        var lateAgain = new string("late".AsSpan());

        Assert.Same(late, strings.Share(late));
        Assert.Same(lateAgain, strings.Share(lateAgain));
    }
}

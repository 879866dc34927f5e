using Asivado.LoadTest.Organisation;

namespace Asivado.LoadTest.SignIn;

/// <summary>One access token per console person: the hub requires the token's sub to be the console's agent.</summary>
public static class ConsoleCredentials
{
    /// <summary>Long enough for any run; the host checks it on its own clock.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static IReadOnlyDictionary<string, string> Mint(TokenMinter minter, IEnumerable<LoadPerson> people) =>
        people.ToDictionary(person => person.Id, person => minter.Mint(person, Lifetime), StringComparer.Ordinal);
}

using Asivado.LoadTest.Organisation;

namespace Asivado.LoadTest.Run;

/// <summary>
/// Which silo each request goes to when a run drives several: case i is taken in through silo i mod N (and, by
/// intake's round robin, into department i mod D); the consoles of department d's people connect to silo (d + 1) mod N.
/// With N ≥ 2 dividing D, every escalation therefore reaches a console on another silo than the one its case came in
/// through, which is what a cluster run measures. With one silo everything goes to it.
/// </summary>
public sealed class TargetSpread
{
    private readonly Uri[] _targets;

    public TargetSpread(IReadOnlyList<Uri> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("At least one target.", nameof(targets));
        }

        _targets = [.. targets];
    }

    public IReadOnlyList<Uri> Targets => _targets;

    public Uri ForCase(long caseIndex) => _targets[(int)(caseIndex % _targets.Length)];

    public Uri ForConsole(LoadPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return _targets[(person.DepartmentIndex + 1) % _targets.Length];
    }
}

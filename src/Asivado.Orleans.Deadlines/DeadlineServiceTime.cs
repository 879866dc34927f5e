namespace Asivado.Orleans.Deadlines;

/// <summary>
/// The deadline service reads its clock from the keyed <see cref="TimeProvider"/> registered under <see cref="Key"/>,
/// or the silo's unkeyed one: tests give it a fake clock while membership and other background areas keep real time.
/// </summary>
public static class DeadlineServiceTime
{
    public const string Key = "asivado-deadlines";
}

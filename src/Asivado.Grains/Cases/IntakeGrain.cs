using Asivado.Grains.Common;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Cases;

/// <summary>
/// Idempotent intake, keyed by "{actorId}/{idempotencyKey}". The first submission makes a case id and persists
/// the mapping before it opens the case, so that a retry after a crash reaches the same case; the retry calls
/// Open again, which is idempotent and finishes a half-done first attempt. A refused Open (e.g. a validation
/// error) clears the mapping, so that the corrected request can use the key again.
/// </summary>
public sealed partial class IntakeGrain : Grain, IIntakeGrain
{
    private readonly IPersistentState<IntakeGrainState> _state;
    private readonly ILogger<IntakeGrain> _logger;

    public IntakeGrain([PersistentState("intake")] IPersistentState<IntakeGrainState> state, ILogger<IntakeGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    public async Task<GrainResult<IntakeReceipt>> Submit(CaseIntake intake, Actor by)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(by);
        if (_state.State.CaseId is { } existing)
        {
            if (!Equals(_state.State.Intake, intake))
            {
                return GrainError.Conflict("The idempotency key was reused with a different request.");
            }

            LogRetry(_logger, GetPrimaryKeyString(), existing);
            return await OpenAsync(existing, intake, by, created: false);
        }

        var caseId = CaseIds.New(TimeProvider);
        _state.State = new IntakeGrainState { CaseId = caseId, Intake = intake };
        await _state.WriteStateAsync();
        return await OpenAsync(caseId, intake, by, created: true);
    }

    private async Task<GrainResult<IntakeReceipt>> OpenAsync(string caseId, CaseIntake intake, Actor by, bool created)
    {
        var opened = await GrainFactory.GetGrain<ICaseGrain>(caseId).Open(intake, by);
        if (!opened.Succeeded)
        {
            LogRefused(_logger, GetPrimaryKeyString(), caseId, opened.Error.Kind);
            await _state.ClearStateAsync();
            return opened.Error;
        }

        return GrainResult<IntakeReceipt>.Ok(new IntakeReceipt(caseId, created, opened.Value));
    }
}

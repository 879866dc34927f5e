using Microsoft.Extensions.Options;

namespace Asivado.Orleans.Deadlines;

internal sealed class DeadlineServiceOptionsValidator : IValidateOptions<DeadlineServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, DeadlineServiceOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

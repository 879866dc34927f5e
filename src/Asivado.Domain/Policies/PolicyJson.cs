using System.Collections.Immutable;
using System.Text.Json;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;

namespace Asivado.Domain.Policies;

/// <summary>
/// Reads policy documents and department overrides from JSON (the format of Policies/Defaults/*.json,
/// documented in the domain README). Every error is a <see cref="PolicyFormatException"/> naming the field.
/// </summary>
public static class PolicyJson
{
    public static PolicyDocument ParsePolicy(string json) => Parse(json, ReadPolicy);

    public static PolicyDocument ParsePolicy(Stream json) => Parse(json, ReadPolicy);

    public static DepartmentPolicyOverrides ParseOverrides(string json) => Parse(json, ReadOverrides);

    public static DepartmentPolicyOverrides ParseOverrides(Stream json) => Parse(json, ReadOverrides);

    private static T Parse<T>(string json, Func<JsonField, T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Open(() => JsonDocument.Parse(json));
        return read(new JsonField(document.RootElement, "$"));
    }

    private static T Parse<T>(Stream json, Func<JsonField, T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Open(() => JsonDocument.Parse(json));
        return read(new JsonField(document.RootElement, "$"));
    }

    private static JsonDocument Open(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new PolicyFormatException(e.Path ?? "$", $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    private static PolicyDocument ReadPolicy(JsonField root)
    {
        var metadata = root.Required("metadata");
        var targets = root.Required("targets").Items().Select(ReadTarget).ToImmutableArray();
        if (targets.IsEmpty)
        {
            throw new PolicyFormatException("targets", "must list at least one target");
        }

        var duplicate = targets.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PolicyFormatException("targets", $"target id '{duplicate.Key}' appears more than once");
        }

        return new PolicyDocument(
            root.Required("id").String(),
            root.Required("revision").PositiveInt(),
            new PolicyMetadata(
                metadata.Required("title").String(),
                metadata.Optional("number")?.String(),
                metadata.Optional("approvedBy")?.String(),
                metadata.Optional("dateIssued")?.Date(),
                metadata.Optional("revisedBy")?.String(),
                metadata.Optional("lastRevision")?.Date()),
            root.Optional("ringLength")?.PositiveDuration() ?? PolicyDocument.DefaultRingLength,
            targets,
            root.Optional("escalation") is { } escalation ? ReadLadder(escalation) : EscalationLadderDefinition.Default);
    }

    private static ServiceTarget ReadTarget(JsonField target) => new(
        target.Required("id").String(),
        target.Required("title").String(),
        ReadBudget(target.Required("budget")),
        target.Required("clock").Enum<ClockKind>(),
        NonEmpty(target.Required("channels"), f => f.Enum<Channel>()),
        NonEmpty(target.Required("kinds"), f => f.Enum<CaseKind>()),
        target.Optional("waivedOnFirstContactResolution") is { } waived ? Boolean(waived) : false);

    private static TargetBudget ReadBudget(JsonField budget)
    {
        var days = budget.Optional("businessDays");
        var time = budget.Optional("time");
        var rings = budget.Optional("rings");
        if ((days is null ? 0 : 1) + (time is null ? 0 : 1) + (rings is null ? 0 : 1) != 1)
        {
            throw new PolicyFormatException(budget.Path, "must have exactly one of businessDays, time, rings");
        }

        return days is { } d ? TargetBudget.OfBusinessDays(d.PositiveInt())
            : time is { } t ? TargetBudget.OfTime(t.PositiveDuration())
            : TargetBudget.OfRings(rings!.Value.PositiveInt());
    }

    private static EscalationLadderDefinition ReadLadder(JsonField ladder)
    {
        var rules = ladder.Required("rules").Items().Select(ReadRule).ToImmutableArray();
        return new EscalationLadderDefinition(rules);
    }

    private static EscalationRule ReadRule(JsonField rule)
    {
        var level = rule.Required("level").Enum<EscalationLevel>();
        var recipients = NonEmpty(rule.Required("recipients"), f => f.Enum<RecipientRole>());
        var name = rule.Required("name").String();
        if (level == EscalationLevel.AfterBreach)
        {
            return new EscalationRule(name, level, recipients, AfterBreach: ReadBudget(rule.Required("afterBreach")));
        }

        var percentField = rule.Required("percentOfBudget");
        var percent = percentField.PositiveInt();
        if (percent > 100 || (level == EscalationLevel.Breach) != (percent == 100))
        {
            throw new PolicyFormatException(percentField.Path, $"must be 1-99 for a Warning and 100 for a Breach, was {percent}");
        }

        return new EscalationRule(name, level, recipients, PercentOfBudget: percent);
    }

    private static DepartmentPolicyOverrides ReadOverrides(JsonField root) => new(
        root.Required("departmentId").String(),
        root.Required("revision").PositiveInt(),
        (root.Optional("targets")?.Items() ?? []).Select(t => new TargetOverride(
            t.Required("id").String(),
            t.Optional("budget") is { } budget ? ReadBudget(budget) : null,
            t.Optional("clock")?.Enum<ClockKind>())).ToImmutableArray(),
        root.Optional("ringLength")?.PositiveDuration(),
        root.Optional("escalation") is { } escalation ? ReadLadder(escalation) : null);

    private static ImmutableArray<T> NonEmpty<T>(JsonField array, Func<JsonField, T> read)
    {
        var items = array.Items().Select(read).Distinct().ToImmutableArray();
        return items.IsEmpty ? throw new PolicyFormatException(array.Path, "must not be empty") : items;
    }

    private static bool Boolean(JsonField field) => field.Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new PolicyFormatException(field.Path, "must be true or false"),
    };
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Asivado.Gateway.Tests.Api.Validation;

/// <summary>One operation that takes a body: its method and path (route values filled in) and a generator of bodies for it.</summary>
public sealed record BodyOperation(string Name, HttpMethod Method, string Path, Gen<string> Body);

/// <summary>
/// Bodies from an OpenAPI document's request schemas: mostly the schema's own fields with values from hostile pools
/// (so the request reaches the checks behind the JSON reader), sometimes wrong types, duplicate or unknown keys, or
/// text that is not a JSON object at all. Strings are escaped by hand so that unpaired surrogates reach the server.
/// </summary>
public static class RequestBodies
{
    private static readonly string[] Texts =
    [
        "Jane Doe", "alice", "bob", "carl", "lena", "billing", "support", "call-1", "+44 20 7946 0000", "jane@example.com",
        "1 High Street, London", "Invoice query", "line one\nline two\ttabbed", "", " ", "Jane\0Doe", "\u001B[31mred\u001B[0m",
        "Invoice \u202Efdp.exe", "\u2066isolated\u2069", "\uD800 lone", "tail \uDC00", "\u0085", "\uFEFFbom", "👨‍👩‍👧", "محمد",
        new string('x', 201), new string('y', 2_001), new string('z', 10_001), "Email,Phone", "Complaint,Question", "1", "-1",
        "{}", "null", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE cases; --",
    ];

    private static readonly string[] Instants =
    [
        "2026-01-05T08:00:00Z", "2026-01-05T07:59:00Z", "2026-01-05T08:01:00Z", "2026-01-05T08:02:00Z", "2026-01-20T12:00:00Z",
        "2026-01-09T12:00:00Z", "2027-01-06T08:00:00Z", "2027-01-06T08:00:01Z", "2025-10-07T08:00:00Z", "2025-01-04T08:00:00Z",
        "-0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999999Z",
        "2026-12-01T10:00:00+05:30", "2026-01-05T08:00:00", "2026-02-30T00:00:00Z", "yesterday", "",
    ];

    private static readonly string[] Numbers = ["0", "1", "-1", "99", "2147483648", "-9223372036854775809", "1e308", "0.5", "NaN"];

    private static readonly Gen<string> AnyScalar = Gen.OneOf(
        Gen.OneOf(Texts).Select(Quote),
        Gen.OneOf(Instants).Select(Quote),
        Gen.OneOf(Numbers),
        Gen.OneOf("true", "false", "null", "[]", "{}", "[null]", """{"a":1}"""));

    private static readonly Gen<string> NotAnObject = Gen.OneOf("", "null", "[]", "{", "}", "123", "\"text\"", "{\"a\":", "[{}]", "\u0000", "{}{}", """{"":1}""");

    /// <summary>The operations of <paramref name="document"/> with a request body; "{id}" is the case, an agent or a sequence by path.</summary>
    public static IReadOnlyList<BodyOperation> Operations(JsonNode document, string caseId)
    {
        var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<BodyOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
                {
                    continue;
                }

                var name = operation["operationId"]?.GetValue<string>() ?? $"{method} {path}";
                operations.Add(new BodyOperation(name, new HttpMethod(method.ToUpperInvariant()), Fill(path, caseId), Body(Resolve(schema, schemas), schemas)));
            }
        }

        return operations;
    }

    private static string Fill(string path, string caseId) => path
        .Replace("/api/cases/{id}", $"/api/cases/{caseId}", StringComparison.Ordinal)
        .Replace("/api/agents/{id}", "/api/agents/alice", StringComparison.Ordinal)
        .Replace("{callId}", "call-1", StringComparison.Ordinal)
        .Replace("{sequence}", "1", StringComparison.Ordinal)
        .Replace("{id}", "billing", StringComparison.Ordinal);

    private static Gen<string> Body(JsonNode schema, JsonObject schemas) => Gen.Frequency(
        (8, Value(schema, schemas, depth: 0, hostile: false)),
        (1, NotAnObject));

    /// <summary>A value for <paramref name="schema"/>; now and then (always when <paramref name="hostile"/>) any scalar instead.</summary>
    private static Gen<string> Value(JsonNode schema, JsonObject schemas, int depth, bool hostile)
    {
        schema = Resolve(schema, schemas);
        var own = Own(schema, schemas, depth);
        return hostile ? AnyScalar : Gen.Frequency((6, own), (1, AnyScalar));
    }

    private static Gen<string> Own(JsonNode schema, JsonObject schemas, int depth)
    {
        if (schema["enum"] is JsonArray names)
        {
            var listed = names.Where(name => name is not null).Select(name => name!.ToJsonString()).ToArray();
            var mutated = listed.Select(name => name.ToLowerInvariant()).Concat(["\"Email,Phone\"", "\"Complaint,Question\"", "1", "\"0\"", "\"\""]).ToArray();
            return Gen.Frequency((4, Gen.OneOf(listed)), (1, Gen.OneOf(mutated)));
        }

        var types = Types(schema);
        if (types.Contains("object") || schema["properties"] is JsonObject)
        {
            return depth > 3 ? Gen.Const("{}") : Object(schema, schemas, depth);
        }

        if (types.Contains("array"))
        {
            var item = schema["items"] is { } items ? Value(items, schemas, depth + 1, hostile: false) : AnyScalar;
            return item.Array[0, 3].Select(values => "[" + string.Join(",", values) + "]");
        }

        if (types.Contains("boolean"))
        {
            return Gen.OneOf("true", "false", "\"true\"", "0");
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return Gen.OneOf(Numbers);
        }

        var format = schema["format"]?.GetValue<string>();
        return format is "date-time" or "date"
            ? Gen.OneOf(Instants).Select(Quote)
            : Gen.OneOf(Texts).Select(Quote);
    }

    /// <summary>Each field of the schema present or not, sometimes one of them twice, sometimes a field it does not have.</summary>
    private static Gen<string> Object(JsonNode schema, JsonObject schemas, int depth)
    {
        var fields = (schema["properties"] as JsonObject ?? []).Select(pair => (pair.Key, Value: pair.Value!)).ToArray();
        var members = fields.Select(field => Gen.Frequency(
                (6, Value(field.Value, schemas, depth + 1, hostile: false).Select(value => Member(field.Key, value))),
                (1, Gen.Const("")),
                (1, Value(field.Value, schemas, depth + 1, hostile: true).Select(value => Member(field.Key, value) + "," + Member(field.Key, value)))))
            .ToArray();
        var extra = Gen.Frequency((8, Gen.Const("")), (1, AnyScalar.Select(value => Member("age", value))), (1, AnyScalar.Select(value => Member("Channel\u0000", value))));
        var all = members.Length == 0 ? extra.Select(e => new[] { e }) : Combine(members).SelectMany(parts => extra.Select(e => parts.Append(e).ToArray()));
        return all.Select(parts => "{" + string.Join(",", parts.Where(part => part.Length > 0)) + "}");
    }

    private static Gen<string[]> Combine(Gen<string>[] parts) =>
        parts.Aggregate(Gen.Const(Array.Empty<string>()), (sofar, next) => sofar.SelectMany(done => next.Select(value => done.Append(value).ToArray())));

    private static string Member(string name, string value) => Quote(name) + ":" + value;

    private static JsonNode Resolve(JsonNode schema, JsonObject schemas)
    {
        for (var hops = 0; hops < 10 && schema["$ref"] is { } reference; hops++)
        {
            schema = schemas[reference.GetValue<string>().Split('/')[^1]]!;
        }

        // "oneOf"/"anyOf" of a type and null (nullable fields): the non-null branch.
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray branches
            && branches.FirstOrDefault(branch => branch?["type"]?.ToString() != "null") is { } branchSchema)
        {
            return Resolve(branchSchema, schemas);
        }

        return schema;
    }

    private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(type => type!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    /// <summary>A JSON string, every character outside printable ASCII escaped as \uXXXX (unpaired surrogates too).</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                >= ' ' and <= '~' => quoted.Append(c),
                _ => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return quoted.Append('"').ToString();
    }
}

using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Asivado.Gateway.Hubs;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Grains.Access;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Telephony;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>
/// A test that cannot be outgrown. It finds every type the API (its endpoints' declared answers, cross-checked with
/// the OpenAPI document) and the console hub (its methods' answers and the push) return, and every property in them
/// that looks like a contact detail. Each must be a field of the one contact rule (<see cref="ContactAccess.Fields"/>),
/// and each returned type that carries one must have a probe here that checks, for every role, that the field is
/// present only where the rule allows. A new contact field, or a new type carrying one, fails until both are done.
/// </summary>
public sealed partial class ContactSurfaceTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    public static TheoryData<string> Roles => ["alice", "bob", "carl", "lena", "sam", "maria", "admin", "integration"];

    /// <summary>Strings that look like a contact detail by name but are not one: each with its reason.</summary>
    private static readonly Dictionary<(Type, string), string> NotContact = new()
    {
        [(typeof(Domain.Deadlines.CustomerNotice), "ToldBy")] = "the staff member who told the customer of an extension",
    };

    /// <summary>What each contact field is, for the expectations below.</summary>
    private static readonly Dictionary<(Type, string), string> FieldKind = new()
    {
        [(typeof(Domain.Acknowledgements.ContactDetails), "Email")] = "customer",
        [(typeof(Domain.Acknowledgements.ContactDetails), "Phone")] = "customer",
        [(typeof(Domain.Acknowledgements.ContactDetails), "PostalAddress")] = "customer",
        [(typeof(CustomerDetails), "Name")] = "customer",
        [(typeof(AcknowledgementMessage), "Subject")] = "customer",
        [(typeof(AcknowledgementMessage), "Body")] = "customer",
        [(typeof(CallView), "CallerNumber")] = "caller",
        [(typeof(CallTransferView), "CallbackNumber")] = "callback",
    };

    /// <summary>Who sees which kind of contact detail in each probe, written from the README's rule, not from the code.</summary>
    private static readonly Dictionary<(string Probe, string Kind), string[]> Sees = new()
    {
        [("queued case", "customer")] = ["lena", "maria", "admin"],
        [("alice's case", "customer")] = ["alice", "lena", "maria", "admin"],
        [("intake", "customer")] = ["lena", "maria", "admin"],
        [("replay of a case now alice's", "customer")] = ["alice", "lena", "maria", "admin"],
        [("call transferred to support", "caller")] = ["sam", "maria", "admin"],
        [("call transferred to support", "callback")] = ["carl", "sam", "maria", "admin"],
        [("transfer event", "caller")] = ["admin"],
        [("transfer event", "callback")] = ["admin"],
    };

    /// <summary>The returned types that carry a contact field, with the probes that answer with them.</summary>
    private static readonly Dictionary<Type, string[]> Probed = new()
    {
        [typeof(CaseView)] = ["queued case", "alice's case", "intake", "replay of a case now alice's"],
        [typeof(CallView)] = ["call transferred to support", "transfer event"],
    };

    [Fact]
    public void Every_contact_like_field_of_a_returned_type_is_a_field_of_the_contact_rule()
    {
        var uncovered = ReturnedTypes(gateway)
            .SelectMany(ContactLikeFields)
            .Distinct()
            .Where(field => !ContactAccess.Fields.Contains(field) && !NotContact.ContainsKey(field))
            .Select(field => $"{field.Type.Name}.{field.Property}")
            .ToList();

        Assert.True(uncovered.Count == 0, $"Contact details without a rule (add them to ContactAccess.Fields and redact them): {string.Join(", ", uncovered)}");
    }

    [Fact]
    public void Every_field_of_the_rule_has_an_expectation_and_every_returned_type_carrying_one_a_probe()
    {
        var carrying = ReturnedTypes(gateway).Where(type => CoveredFieldsOf(type).Any()).ToHashSet();

        Assert.All(ContactAccess.Fields, field => Assert.True(FieldKind.ContainsKey(field), $"{field.Type.Name}.{field.Property}: say in this test who sees it."));
        Assert.Equal(Probed.Keys.Select(t => t.Name).Order(StringComparer.Ordinal), carrying.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_endpoints_declare_every_answer_the_OpenAPI_document_describes()
    {
        var declared = ReturnedTypes(gateway).SelectMany(Reachable).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var document = await gateway.GetAsAdminAsync("/openapi/v1.json");

        var described = document["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!["responses"]!.AsObject()))
            .SelectMany(responses => responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
            .SelectMany(response => SchemaRefs(response?["content"]))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(described);
        Assert.All(described, name => Assert.True(declared.Contains(name), $"The OpenAPI document answers with {name}, which no endpoint declares."));
    }

    [Fact]
    public void A_new_field_named_like_a_contact_detail_is_found()
    {
        Assert.Equal(
            ["CustomerMobile", "ReplyAddress", "WhatsAppNumber"],
            ContactLikeFields(typeof(FutureView)).Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_gets_a_contact_field_only_where_the_rule_allows(string role)
    {
        var scenario = await ScenarioAsync();
        using var client = gateway.Api.ClientFor(role);
        var checkedFields = 0;

        foreach (var (type, probes) in Probed)
        {
            foreach (var probe in probes)
            {
                var answer = await AnswerAsync(probe, role, client, scenario);
                if (answer is null)
                {
                    continue;
                }

                foreach (var (field, value) in FieldValues(type, answer))
                {
                    var kind = FieldKind[field];
                    var allowed = Sees[(probe, kind)].Contains(role);
                    Assert.True(allowed == (value is not null), $"{probe}, {field.Type.Name}.{field.Property} for {role}: expected {(allowed ? "the value" : "null")}, got {value?.ToJsonString() ?? "null"}");
                    checkedFields++;
                }
            }
        }

        Assert.True(checkedFields > 0, $"No answer to {role} carried a contact field to check.");
    }

    private sealed record Scenario(string QueuedCase, string AlicesCase, string CallId);

    private sealed record FutureView(string Id, string? CustomerMobile, string? ReplyAddress, string? WhatsAppNumber, int Version, string Subject);

    private async Task<Scenario> ScenarioAsync()
    {
        var queued = (await gateway.Admin.PostJsonAsync("/api/cases", Intakes.ForChannel("Email")).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        var alices = (await gateway.Admin.PostJsonAsync("/api/cases", Intakes.ForChannel("Email")).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        await gateway.Admin.ActAsync(alices, "assign", new { agentId = "alice" });
        var callId = $"surface-{Guid.NewGuid():N}";
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/transferred", new { toDepartmentId = "support", callbackNumber = "+44 20 7946 0999" }).ExpectAsync(HttpStatusCode.OK);
        return new Scenario(queued, alices, callId);
    }

    /// <summary>The probe's answer to <paramref name="role"/>; null when the role may not have it at all (403).</summary>
    private async Task<JsonNode?> AnswerAsync(string probe, string role, HttpClient client, Scenario scenario)
    {
        switch (probe)
        {
            case "queued case":
                return await ReadableAsync(client.GetAsync($"/api/cases/{scenario.QueuedCase}"));
            case "alice's case":
                return await ReadableAsync(client.GetAsync($"/api/cases/{scenario.AlicesCase}"));
            case "intake":
                return await client.PostJsonAsync("/api/cases", Intakes.ForChannel("Email")).ExpectAsync(HttpStatusCode.Created);
            case "replay of a case now alice's":
                var key = $"surface-{role}-{Guid.NewGuid():N}";
                var id = (await client.PostJsonAsync("/api/cases", Intakes.ForChannel("Email"), idempotencyKey: key).ExpectAsync(HttpStatusCode.Created))["id"].Text();
                await gateway.Admin.ActAsync(id, "assign", new { agentId = "alice" });
                return await client.PostJsonAsync("/api/cases", Intakes.ForChannel("Email"), idempotencyKey: key).ExpectAsync(HttpStatusCode.OK);
            case "call transferred to support":
                return await ReadableAsync(client.GetAsync($"/api/calls/{scenario.CallId}"));
            case "transfer event":
                // Repeating the last event answers the call again, to the caller of the event (integrations and admins send them).
                return await ReadableAsync(client.PostJsonAsync($"/api/calls/{scenario.CallId}/transferred", new { toDepartmentId = "support", callbackNumber = "+44 20 7946 0999" }));
            default:
                throw new ArgumentOutOfRangeException(nameof(probe), probe, "No such probe.");
        }
    }

    private static async Task<JsonNode?> ReadableAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return null;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text);
    }

    /// <summary>The types the API's endpoints declare for their 2xx answers, the hub's methods return, and the push.</summary>
    private static IReadOnlyList<Type> ReturnedTypes(AccessGateway gateway)
    {
        var endpoints = gateway.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var api = endpoints
            .SelectMany(endpoint => endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>())
            .Where(produces => produces.StatusCode is >= 200 and < 300 && produces.Type is not null)
            .Select(produces => produces.Type!);
        var hub = typeof(ConsoleHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(method => Unwrap(method.ReturnType))
            .Append(typeof(ConsolePush));
        var types = api.Concat(hub).Select(Unwrap).Where(type => type != typeof(void)).Distinct().ToList();
        Assert.Contains(typeof(CaseView), types);
        return types;
    }

    private static Type Unwrap(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type == typeof(Task) || type == typeof(ValueTask) ? typeof(void)
            : type;

    /// <summary>The type and every project type inside it (properties, collection elements), once each.</summary>
    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            type = ElementOf(type);
            if (!IsProjectType(type) || !seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var property in Properties(type))
            {
                pending.Push(property.PropertyType);
            }
        }
    }

    private static IEnumerable<(Type Type, string Property)> ContactLikeFields(Type root) =>
        Reachable(root).SelectMany(type => Properties(type)
            .Where(property => (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(string))
            .Where(property => ContactName().IsMatch(property.Name) || PersonalHolder().IsMatch(type.Name))
            .Select(property => (Declaring(type, property), property.Name)));

    private static IEnumerable<(Type Type, string Property)> CoveredFieldsOf(Type root) =>
        Reachable(root).SelectMany(type => Properties(type).Select(p => (Declaring(type, p), p.Name))).Where(ContactAccess.Fields.Contains);

    /// <summary>Every covered contact field in <paramref name="json"/>, found by walking it along <paramref name="type"/>.</summary>
    private static IEnumerable<((Type Type, string Property) Field, JsonNode? Value)> FieldValues(Type type, JsonNode? json)
    {
        if (json is null)
        {
            yield break;
        }

        if (json is JsonArray array)
        {
            foreach (var item in array.SelectMany(element => FieldValues(ElementOf(type), element)))
            {
                yield return item;
            }

            yield break;
        }

        type = ElementOf(type);
        if (!IsProjectType(type) || json is not JsonObject obj)
        {
            yield break;
        }

        foreach (var property in Properties(type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var field = (Declaring(type, property), property.Name);
            if (ContactAccess.Fields.Contains(field))
            {
                yield return (field, obj[name]);
            }
            else
            {
                foreach (var item in FieldValues(property.PropertyType, obj[name]))
                {
                    yield return item;
                }
            }
        }
    }

    private static Type Declaring(Type type, PropertyInfo property) => property.DeclaringType ?? type;

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null);

    private static Type ElementOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type;
        }

        return type.IsArray ? type.GetElementType()!
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type;
    }

    private static bool IsProjectType(Type type) =>
        type.Namespace?.StartsWith("Asivado", StringComparison.Ordinal) == true && !type.IsEnum;

    private static IEnumerable<string> SchemaRefs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value?.GetValue<string>() is { } reference)
                    {
                        yield return reference[(reference.LastIndexOf('/') + 1)..];
                    }

                    foreach (var inner in SchemaRefs(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(SchemaRefs))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>Names of reachable details: e-mail, phone, mobile, fax, address, (phone) number, caller, callback, contact, postcode.</summary>
    [GeneratedRegex("e-?mail|phone|mobile|fax|address|number|caller|callback|contact|postcode|zip", RegexOptions.IgnoreCase)]
    private static partial Regex ContactName();

    /// <summary>Types whose every string is about a person outside the organisation.</summary>
    [GeneratedRegex("customer|caller|contact", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalHolder();
}

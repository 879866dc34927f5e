using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Telephony;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Asivado.Gateway.Api.OpenApi;

/// <summary>
/// A case or call answered to someone who may not see the customer's contact details carries
/// <c>contactRedacted: true</c> (<see cref="ContactRedaction"/>), written beside the view's own properties: say so in
/// the schema.
/// </summary>
internal sealed class ContactRedactedSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((type == typeof(CaseView) || type == typeof(CallView)) && context.JsonPropertyInfo is null)
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            schema.Properties[ContactRedaction.FlagName] = new OpenApiSchema
            {
                Type = JsonSchemaType.Boolean,
                Description = type == typeof(CaseView)
                    ? "Present and true when the caller may not see the customer's contact details: the customer's name, e-mail, phone and postal address are then null."
                    : "Present and true when the caller may not see the caller's number: callerNumber is then null.",
            };
        }

        return Task.CompletedTask;
    }
}

using System.Text.Json.Serialization;
using Asivado.Domain.Cases;
using Asivado.Domain.Serialization;
using Asivado.Gateway.Api.Agents;
using Asivado.Gateway.Api.Calls;
using Asivado.Gateway.Api.Cases;
using Asivado.Gateway.Api.Departments;
using Asivado.Gateway.Api.Json;
using Asivado.Gateway.Api.OpenApi;
using Asivado.Gateway.Api.Organisation;
using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Reports;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Api.Voicemails;
using Asivado.Gateway.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Asivado.Gateway.Api;

public static class GatewayApiExtensions
{
    /// <summary>
    /// JSON (camelCase, enums by name, NodaTime as ISO strings, unknown and duplicate fields rejected), problem details for every
    /// error, and the OpenAPI document.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options));
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<ReceivedAtOptions>().BindConfiguration(ReceivedAtOptions.SectionName)
            .Validate(options => options.MaxAge > TimeSpan.Zero && options.MaxAge <= CaseTimeLimits.MaxReceivedAge.ToTimeSpan(), $"{ReceivedAtOptions.SectionName}:MaxAge must be positive and at most {CaseTimeLimits.MaxReceivedAge.Days} days.")
            .ValidateOnStart();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        // A body that cannot be bound throws in every environment, so ApiExceptionHandler can name the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options => options
            .AddSchemaTransformer<NodaTimeSchemaTransformer>()
            .AddSchemaTransformer<EnumSchemaTransformer>()
            .AddSchemaTransformer<ContactRedactedSchemaTransformer>()
            .AddDocumentTransformer<SecuritySchemesTransformer>()
            .AddOperationTransformer<SecurityRequirementsTransformer>());
        return builder;
    }

    /// <summary>The error handling middleware: call before the endpoints are mapped.</summary>
    public static WebApplication UseGatewayApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A bad request body is the client's error, answered as a 400: not worth an error log.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseDeclaredBodyLimit();
        return app;
    }

    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi();

        // Every /api endpoint needs a signed-in caller (401 otherwise); the rules per resource are AccessPolicy's.
        var api = endpoints.MapGroup("").RequireAuthorization(ApiAuthorization.PolicyName);
        api.MapCaseEndpoints();
        api.MapCaseActionEndpoints();
        api.MapCallEndpoints();
        api.MapVoicemailEndpoints();
        api.MapDepartmentEndpoints();
        api.MapAgentEndpoints();
        api.MapReportEndpoints();
        api.MapRevisionEndpoints();
        return endpoints;
    }

    private static void ConfigureJson(JsonOptions options)
    {
        var json = options.SerializerOptions;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

        // {"kind":"Question","kind":"Complaint"}: which one was meant is a guess, and a proxy may read the other.
        json.AllowDuplicateProperties = false;

        // Ahead of the domain's converter, which also reads numbers: on the wire an enum is only ever its name.
        json.Converters.Add(new ApiEnumConverterFactory());
        json.AddDomainConverters();
    }
}

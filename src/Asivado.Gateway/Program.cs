using Asivado.Gateway.Api;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Hosting;
using Asivado.Gateway.Hubs;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayHealth();
builder.AddGatewayGrains();
builder.AddGatewayApi();
builder.AddGatewayAuthentication();
builder.AddConsoleHub();

var app = builder.Build();
app.UseGatewayApi();
app.UseConsolePage();
app.UseGatewayAuthentication();
app.MapGatewayHealth();
app.MapGatewayApi();
app.MapConsoleHub();
app.Run();

public partial class Program;

using Asivado.Gateway.Api;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Dashboard;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Hosting;
using Asivado.Gateway.Hubs;
using Asivado.Gateway.Listening;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultListenAddress();
builder.AddGatewayHealth();
builder.AddGatewayGrains();
builder.AddGatewayApi();
builder.AddGatewayAuthentication();
builder.AddConsoleHub();
builder.AddGatewayHardening();
builder.AddAdminDashboard();

var app = builder.Build();
app.UseGatewayHardening();
app.UseGatewayApi();
app.UseConsolePage();
app.UseGatewayAuthentication();
app.UseGatewayRateLimits();
app.MapGatewayHealth();
app.MapGatewayMetrics();
app.MapGatewayApi();
app.MapConsoleHub();
app.MapAdminDashboard();
app.Run();

public partial class Program;

using Asivado.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayHealth();

var app = builder.Build();
app.MapGatewayHealth();
app.Run();

public partial class Program;

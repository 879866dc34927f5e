using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Tests.SignalR;

[Authorize]
public sealed class SecureHub : Hub
{
    public string WhoAmI() => Context.User?.Identity?.Name ?? "";
}

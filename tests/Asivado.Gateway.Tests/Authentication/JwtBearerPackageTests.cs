using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Asivado.Gateway.Tests.Authentication;

public sealed class JwtBearerPackageTests
{
    [Fact]
    public void The_bearer_handler_is_the_aspnetcore_10_package_with_identity_model_8()
    {
        // Directory.Packages.props: Microsoft.AspNetCore.Authentication.JwtBearer 10.0.15 (was 8.0.34, built for .NET 8).
        Assert.Equal(10, typeof(JwtBearerHandler).Assembly.GetName().Version!.Major);
        Assert.True(typeof(Microsoft.IdentityModel.Tokens.SecurityKey).Assembly.GetName().Version >= new Version(8, 19));
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Readme;

/// <summary>The README's "Trying it" curl lines, sent as written to the gateway with the embedded demo organisation.</summary>
public sealed partial class TryingItTests
{
    [Fact]
    public async Task Every_curl_line_of_trying_it_works_against_the_demo_organisation()
    {
        var commands = CurlCommands(Section(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "README.md")), "## Trying it"));
        await using var api = new GatewayApiFactory(demoOrganisation: true);
        using var client = api.CreateAnonymousClient();
        string? token = null;

        foreach (var command in commands)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, UrlPath().Match(command).Groups[1].Value);
            var body = Body().Match(command);
            request.Content = new StringContent(body.Success ? body.Groups[1].Value : "", Encoding.UTF8, "application/json");
            foreach (Match header in Header().Matches(command))
            {
                var (name, value) = (header.Groups["name"].Value, header.Groups["value"].Value.Replace("$TOKEN", token, StringComparison.Ordinal));
                if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{command}\n→ {(int)response.StatusCode}: {text}");
            if (command.StartsWith("TOKEN=", StringComparison.Ordinal))
            {
                token = JsonNode.Parse(text)!["accessToken"].Text();
            }
        }

        Assert.Contains(commands, c => c.Contains("X-Api-Key: asivado-demo-integration-key", StringComparison.Ordinal) && c.Contains("/api/calls/", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("/api/cases", StringComparison.Ordinal) && c.Contains("$TOKEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_organisation_has_an_admin_who_can_sign_in()
    {
        await using var api = new GatewayApiFactory(demoOrganisation: true);
        using var client = api.CreateAnonymousClient();

        var signedIn = await client.PostJsonAsync("/api/auth/demo-sign-in", new { personId = "ines" }).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("admin", signedIn["role"].Text());
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no \"{heading}\".");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    /// <summary>The curl commands of the section's bash blocks, continuation lines joined.</summary>
    private static List<string> CurlCommands(string section) =>
        [.. Block().Matches(section)
            .SelectMany(block => block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Contains("curl ", StringComparison.Ordinal))];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Asivado.Cluster.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Asivado.Cluster.sln not found above the test output.");
    }

    [GeneratedRegex("```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"localhost:5080(/[^\s'""]+)")]
    private static partial Regex UrlPath();

    [GeneratedRegex(@"-d '([^']*)'")]
    private static partial Regex Body();

    [GeneratedRegex(@"-H ['""](?<name>[A-Za-z-]+): (?<value>[^'""]*)['""]")]
    private static partial Regex Header();
}

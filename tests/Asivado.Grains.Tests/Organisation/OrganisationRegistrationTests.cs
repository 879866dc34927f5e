using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Asivado.Grains.Tests.Organisation;

public sealed class OrganisationRegistrationTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("asivado-organisation-");

    public void Dispose() => _contentRoot.Delete(recursive: true);

    [Fact]
    public async Task Without_a_configured_file_the_demo_organisation_is_loaded()
    {
        using var host = Build(file: null);
        await host.StartAsync();

        var directory = host.Services.GetRequiredService<IOrganisationDirectory>();

        Assert.Equal(["customer-care", "billing", "technical"], directory.Departments.Select(d => d.Id));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_configured_file_is_loaded_relative_to_the_content_root()
    {
        await File.WriteAllTextAsync(Path.Combine(_contentRoot.FullName, "organisation.json"), OrganisationDocuments.Valid);
        using var host = Build("organisation.json");
        await host.StartAsync();

        var directory = host.Services.GetRequiredService<IOrganisationDirectory>();

        Assert.Equal(["billing", "support"], directory.Departments.Select(d => d.Id));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_bad_file_fails_start_up_naming_the_field_and_the_file()
    {
        var path = Path.Combine(_contentRoot.FullName, "broken.json");
        await File.WriteAllTextAsync(path, OrganisationDocuments.With(d => d["departments"]![1]!["leads"]![0] = "nobody"));
        using var host = Build(path);

        var error = await Assert.ThrowsAsync<OrganisationFormatException>(() => host.StartAsync());

        Assert.Equal("departments[1].leads[0]", error.Field);
        Assert.Contains("'departments[1].leads[0]'", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_fails_start_up_naming_the_setting()
    {
        using var host = Build("missing.json");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => host.StartAsync());

        Assert.Contains("Organisation:File", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_contentRoot.FullName, "missing.json"), error.FileName);
    }

    [Fact]
    public void A_directory_registered_before_is_kept()
    {
        var builder = NewBuilder(file: null);
        var given = TestOrganisation.Create();
        builder.Services.AddOrganisationDirectory(given);
        builder.AddOrganisation();
        using var host = builder.Build();

        Assert.Same(given, host.Services.GetRequiredService<IOrganisationDirectory>());
    }

    private IHost Build(string? file)
    {
        var builder = NewBuilder(file);
        builder.AddOrganisation();
        return builder.Build();
    }

    private HostApplicationBuilder NewBuilder(string? file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _contentRoot.FullName });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Organisation:File"] = file });
        return builder;
    }
}

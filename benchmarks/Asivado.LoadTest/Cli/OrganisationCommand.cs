using System.CommandLine;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Cli;

/// <summary><c>organisation --scenario s.json --out org.json</c>: writes the organisation file a host runs the scenario with (the generator run uses).</summary>
public static class OrganisationCommand
{
    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario") { Description = "Scenario JSON file.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Organisation JSON file to write.", Required = true };
        var command = new Command("organisation", "Write the scenario's organisation file, for a host that 'run --target' drives.") { scenario, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Scenario loaded;
            try
            {
                loaded = ScenarioLoader.Load(parse.GetValue(scenario)!.FullName);
            }
            catch (ScenarioException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.BadInput;
            }

            var organisation = OrganisationGenerator.Generate(loaded.Organisation);
            var path = parse.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await OrganisationDocument.WriteAsync(organisation, path, cancellationToken);
            Console.WriteLine($"{path}: {organisation.Departments.Count} departments, {organisation.People.Count} people.");
            Console.WriteLine("Run the host with Organisation__File set to it, a signing key (Authentication__SigningKey) and an integration key");
            Console.WriteLine("(Authentication__IntegrationKeys__0__Name, __Key, __DemoOnly=false), then: run --target <url> --signing-key <key> --api-key <key>.");
            return ExitCodes.Passed;
        });
        return command;
    }
}

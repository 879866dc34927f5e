using Asivado.Simulate;

// asivado-simulate --day <day.json> --draft <draft.json> [--draft <other.json> ...] [--out <folder>]
try
{
    var arguments = SimulationArguments.Parse(args);
    var day = ContactDay.Load(arguments.DayFile);
    var drafts = arguments.DraftFiles.Select(Draft.Load).ToList();
    var results = new List<SimulationResult>();
    foreach (var draft in drafts)
    {
        var result = await Simulation.RunAsync(day, draft);
        Console.WriteLine($"{draft.Name}: {result.Contacts} contacts, {result.Resolved} resolved, {result.OpenAtEnd} open at the end, {result.Breaches} breaches; {result.SimulatedHoursPerSecond:0.0} simulated hours per wall-clock second");
        results.Add(result);
    }

    var report = new SimulationReport(Path.GetFileNameWithoutExtension(arguments.DayFile), day.Start.ToDateTimeOffset(), day.Length.TotalHours, results);
    Directory.CreateDirectory(arguments.OutFolder);
    await File.WriteAllTextAsync(Path.Combine(arguments.OutFolder, "report.json"), report.ToJson());
    await File.WriteAllTextAsync(Path.Combine(arguments.OutFolder, "report.html"), HtmlReport.Render(report));
    Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(arguments.OutFolder, "report.html"))}");
    return 0;
}
catch (SimulationInputException exception)
{
    Console.Error.WriteLine($"asivado-simulate: {exception.Message}");
    Console.Error.WriteLine(SimulationArguments.Usage);
    return 2;
}

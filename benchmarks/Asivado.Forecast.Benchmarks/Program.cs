using System.Text.Json;
using Asivado.Forecast.Benchmarks;

// asivado-forecast-bench [--seed 1] [--agents 3] [--capacity 2] [--quiet 8] [--peak 20] [--median-minutes 25]
//                        [--quantile 0.5] [--break-return-minutes 30|none] [--out result.json]
var options = ScenarioOptions.Parse(args);
var report = await ForecastScenario.RunAsync(options);
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
Console.WriteLine(json);
if (options.Out is { } path)
{
    await File.WriteAllTextAsync(path, json);
}

return 0;

namespace Asivado.Simulate;

/// <summary>The command line: one day, one or more drafts (replayed in turn and reported side by side), an output folder.</summary>
public sealed record SimulationArguments(string DayFile, IReadOnlyList<string> DraftFiles, string OutFolder)
{
    public const string Usage = "usage: asivado-simulate --day <day.json> --draft <draft.json> [--draft <other-draft.json> ...] [--out <folder>]";

    public static SimulationArguments Parse(IReadOnlyList<string> args)
    {
        string? day = null;
        string out_ = "simulation";
        var drafts = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is not ("--day" or "--draft" or "--out"))
            {
                throw new SimulationInputException(option, "is not an option; allowed: --day, --draft, --out");
            }

            if (i + 1 == args.Count)
            {
                throw new SimulationInputException(option, "needs a value");
            }

            var value = args[++i];
            switch (option)
            {
                case "--day":
                    day = Existing(option, value);
                    break;
                case "--draft":
                    drafts.Add(Existing(option, value));
                    break;
                default:
                    out_ = value;
                    break;
            }
        }

        return new SimulationArguments(
            day ?? throw new SimulationInputException("--day", "is required"),
            drafts.Count > 0 ? drafts : throw new SimulationInputException("--draft", "is required (once per draft compared)"),
            out_);
    }

    private static string Existing(string option, string path) =>
        File.Exists(path) ? path : throw new SimulationInputException(option, $"'{path}' does not exist");
}

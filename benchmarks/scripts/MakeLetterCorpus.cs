// Writes a synthetic corpus of determination letters in the real format for throughput runs:
//   dotnet run benchmarks/scripts/MakeLetterCorpus.cs -- OUT_DIR [MEGABYTES=100]
// Each letter is one of the project's own sample letters (samples/letters) with a new case number, a
// longer case summary (synthetic filler prose) and its citations kept, so the linter has real work per file.
using System;
using System.IO;
using System.Linq;
using System.Text;

string output = args.Length > 0 ? args[0] : throw new ArgumentException("usage: MakeLetterCorpus.cs OUT_DIR [MEGABYTES]");
long target = (args.Length > 1 ? long.Parse(args[1]) : 100) * 1024 * 1024;
string samples = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory, "..", "..", "samples", "letters");
if (!Directory.Exists(samples))
{
    samples = Path.Combine(Environment.CurrentDirectory, "samples", "letters");
}
var templates = Directory.GetFiles(samples, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
var filler = new StringBuilder("CLINICAL CASE SUMMARY\n");
for (int i = 0; i < 40; i++)
{
    filler.Append("The injured worker reports ongoing pain with activity; the examination notes tenderness and a reduced range of motion, and prior treatment included physical therapy and medication.\n");
}
Directory.CreateDirectory(output);
long written = 0;
int n = 0;
while (written < target)
{
    string letter = templates[n % templates.Length];
    int header = letter.IndexOf("IMR ISSUES", StringComparison.Ordinal);
    string text = letter.Substring(0, header).Replace("CM15-0000", $"CM16-{n:D7}#", StringComparison.Ordinal) + filler + "\n" + letter.Substring(header);
    string path = Path.Combine(output, $"letter-{n:D6}.txt");
    File.WriteAllText(path, text);
    written += Encoding.UTF8.GetByteCount(text);
    n++;
}
Console.WriteLine($"Wrote {n} letters, {written / (1024 * 1024)} MB, to {output}.");

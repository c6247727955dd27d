using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// What the ImrCite analyzers set up alike: generated code is not analysed (the generated API is correct by
/// construction), actions run concurrently, and each analyzer's work starts once per compilation, where it takes
/// what it shares across files (the catalogue cache, the generated API's index, the decision date).
/// </summary>
/// <param name="supportedDiagnostics">The rules this analyzer reports, each from <see cref="DiagnosticDescriptors"/>.</param>
public abstract class CompilationAnalyzer(ImmutableArray<DiagnosticDescriptor> supportedDiagnostics) : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = supportedDiagnostics;

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    /// <summary>Registers the analyzer's actions for one compilation, or none when the compilation has nothing to check.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext start);
}

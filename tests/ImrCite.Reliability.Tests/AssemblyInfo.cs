using Xunit;

// Time ratios are measured side by side; tests running at the same time would measure each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// The cluster tests start silos on two shared cores; one test at a time keeps them from starving each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

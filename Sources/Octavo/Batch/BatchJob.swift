/// One conversion of a batch: one input to one output, or several inputs compiled into one.
public struct BatchJob: Hashable, Sendable {
    /// Input files in order, as paths the process can open (one unless this is a compilation).
    public var inputs: [String]
    /// The output file.
    public var output: String
    /// The reader to use (`nil`: by extension, else by content).
    public var from: String?
    /// The writer's name.
    public var to: String
    /// The options of this conversion (metadata, stylesheet, cover, strictness…).
    public var options: ConversionOptions
    /// External filter programs, run in order on every document (see ``ExternalFilter``).
    public var filters: [String]

    public init(inputs: [String], output: String, from: String? = nil, to: String,
                options: ConversionOptions = .init(), filters: [String] = []) {
        self.inputs = inputs
        self.output = output
        self.from = from
        self.to = to
        self.options = options
        self.filters = filters
    }

    /// Whether several inputs make one output.
    public var isCompilation: Bool { inputs.count != 1 }

    /// What identifies the job in shards, reports and the incremental state: the input path
    /// for a single conversion, the output path for a compilation.
    public var key: String { isCompilation ? output : inputs[0] }

    /// Files whose change makes the output stale: the inputs, the stylesheet and the cover.
    public var dependencies: [String] {
        inputs + [options.css, options.cover].compactMap { $0 }
    }
}

using EdgeLearnSim.Cli;

return CommandLineApp.Run(args);

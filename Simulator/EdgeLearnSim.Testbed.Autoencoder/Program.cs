using EdgeLearnSim.Testbed.Autoencoder;

return AutoencoderApp.Run(args);

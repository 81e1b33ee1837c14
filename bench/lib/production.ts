// Imported first by a bench that runs Portico in its own process: Portico then runs as `npm start`
// runs it (NODE_ENV=production, so React and the other libraries load their production builds).
// It must be set before React is first imported; an explicit NODE_ENV is left as it is.
process.env.NODE_ENV ??= 'production';

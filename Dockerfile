# The explorer is bundled in a build stage (its bundler and libraries are dev dependencies); the API image
# holds production dependencies plus tsx (a runtime dependency) running the TypeScript directly.
# Both build on the current Node LTS (26); the code also runs on Node >= 20.10 (package.json engines).
ARG NODE_VERSION=26
FROM node:${NODE_VERSION}-trixie-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
RUN node --import tsx src/explorer/build.ts

FROM node:${NODE_VERSION}-trixie-slim
WORKDIR /app
# Listen on all interfaces inside the container (the service binds loopback by default elsewhere);
# the embedded graph lives on a volume the non-root user owns.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY scripts ./scripts
COPY --from=explorer /app/dist/explorer ./dist/explorer
# The application files stay root-owned and read-only to the service; only /data is writable.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
EXPOSE 4000
USER node
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1 and handles SIGTERM itself (drain, checkpoint, close, exit 0).
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/index.ts"]

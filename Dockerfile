# The explorer is bundled in a build stage (its bundler and libraries are dev dependencies); the API image
# holds production dependencies plus tsx (a runtime dependency) running the TypeScript directly.
FROM node:20-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
RUN node --import tsx src/explorer/build.ts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY --from=explorer /app/dist/explorer ./dist/explorer
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/index.ts"]

# The API image: production dependencies plus tsx (a runtime dependency) run the TypeScript directly.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/index.ts"]

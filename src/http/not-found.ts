// Anything no route answered: a coded 404 in JSON, not express's HTML page.
import type { RequestHandler } from 'express';

export const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ errors: [{ message: `Nothing at ${req.method} ${req.path}`, extensions: { code: 'NOT_FOUND' } }] });
};

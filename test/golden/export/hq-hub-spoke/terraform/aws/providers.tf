terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.25"
    }
  }
}

provider "aws" {
  alias  = "aws_use1"
  region = "us-east-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Centralized HQ with regional spokes"
    }
  }
}

# AWS US East (N. Virginia) (aws-use1)

data "aws_availability_zones" "aws_use1" {
  provider = aws.aws_use1
  state    = "available"
}

resource "aws_vpc" "aws_use1" {
  provider             = aws.aws_use1
  cidr_block           = var.aws_use1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS US East (N. Virginia)"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_default" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS US East (N. Virginia) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_use1_tgw_0" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_use1.names[0]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 1"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_tgw_1" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_use1.names[1]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 2"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway" "aws_use1" {
  provider                        = aws.aws_use1
  description                     = "AWS US East (N. Virginia) transit gateway"
  amazon_side_asn                 = var.aws_use1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS US East (N. Virginia) TGW"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_use1" {
  provider           = aws.aws_use1
  transit_gateway_id = aws_ec2_transit_gateway.aws_use1.id
  vpc_id             = aws_vpc.aws_use1.id
  subnet_ids         = [aws_subnet.aws_use1_tgw_0.id, aws_subnet.aws_use1_tgw_1.id]
  tags = {
    Name                = "AWS US East (N. Virginia) VPC attachment"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_route" "aws_use1_to_aws_euw1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.aws_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_aws_apse1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.aws_apse1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_az_eastus" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.az_eastus_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_az_weu" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.az_weu_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_az_sea" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.az_sea_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_gcp_usc1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.gcp_usc1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_gcp_euw1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.gcp_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_gcp_ase1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.gcp_ase1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

# AWS EU (Ireland) (aws-euw1)

data "aws_availability_zones" "aws_euw1" {
  provider = aws.aws_euw1
  state    = "available"
}

resource "aws_vpc" "aws_euw1" {
  provider             = aws.aws_euw1
  cidr_block           = var.aws_euw1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Ireland)"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_default" {
  provider   = aws.aws_euw1
  vpc_id     = aws_vpc.aws_euw1.id
  cidr_block = var.aws_euw1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS EU (Ireland) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_euw1_tgw_0" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euw1.names[0]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 1"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_tgw_1" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euw1.names[1]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 2"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euw1" {
  provider                        = aws.aws_euw1
  description                     = "AWS EU (Ireland) transit gateway"
  amazon_side_asn                 = var.aws_euw1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Ireland) TGW"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euw1" {
  provider           = aws.aws_euw1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  vpc_id             = aws_vpc.aws_euw1.id
  subnet_ids         = [aws_subnet.aws_euw1_tgw_0.id, aws_subnet.aws_euw1_tgw_1.id]
  tags = {
    Name                = "AWS EU (Ireland) VPC attachment"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_route" "aws_euw1_to_aws_use1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.aws_use1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_aws_apse1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.aws_apse1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_az_eastus" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.az_eastus_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_az_weu" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.az_weu_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_az_sea" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.az_sea_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_gcp_usc1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.gcp_usc1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_gcp_euw1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.gcp_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_gcp_ase1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.gcp_ase1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

# AWS Asia Pacific (Singapore) (aws-apse1)

data "aws_availability_zones" "aws_apse1" {
  provider = aws.aws_apse1
  state    = "available"
}

resource "aws_vpc" "aws_apse1" {
  provider             = aws.aws_apse1
  cidr_block           = var.aws_apse1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS Asia Pacific (Singapore)"
    "netstudio:element" = "aws-apse1"
  }
}

resource "aws_subnet" "aws_apse1_default" {
  provider   = aws.aws_apse1
  vpc_id     = aws_vpc.aws_apse1.id
  cidr_block = var.aws_apse1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS Asia Pacific (Singapore) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_apse1_tgw_0" {
  provider          = aws.aws_apse1
  vpc_id            = aws_vpc.aws_apse1.id
  cidr_block        = cidrsubnet(var.aws_apse1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_apse1.names[0]
  tags = {
    Name                = "AWS Asia Pacific (Singapore) TGW attachment 1"
    "netstudio:element" = "aws-apse1"
  }
}

resource "aws_subnet" "aws_apse1_tgw_1" {
  provider          = aws.aws_apse1
  vpc_id            = aws_vpc.aws_apse1.id
  cidr_block        = cidrsubnet(var.aws_apse1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_apse1.names[1]
  tags = {
    Name                = "AWS Asia Pacific (Singapore) TGW attachment 2"
    "netstudio:element" = "aws-apse1"
  }
}

resource "aws_ec2_transit_gateway" "aws_apse1" {
  provider                        = aws.aws_apse1
  description                     = "AWS Asia Pacific (Singapore) transit gateway"
  amazon_side_asn                 = var.aws_apse1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS Asia Pacific (Singapore) TGW"
    "netstudio:element" = "aws-apse1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_apse1" {
  provider           = aws.aws_apse1
  transit_gateway_id = aws_ec2_transit_gateway.aws_apse1.id
  vpc_id             = aws_vpc.aws_apse1.id
  subnet_ids         = [aws_subnet.aws_apse1_tgw_0.id, aws_subnet.aws_apse1_tgw_1.id]
  tags = {
    Name                = "AWS Asia Pacific (Singapore) VPC attachment"
    "netstudio:element" = "aws-apse1"
  }
}

resource "aws_route" "aws_apse1_to_aws_use1" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.aws_use1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_aws_euw1" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.aws_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_az_eastus" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.az_eastus_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_az_weu" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.az_weu_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_az_sea" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.az_sea_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_gcp_usc1" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.gcp_usc1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_gcp_euw1" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.gcp_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

resource "aws_route" "aws_apse1_to_gcp_ase1" {
  provider               = aws.aws_apse1
  route_table_id         = aws_vpc.aws_apse1.main_route_table_id
  destination_cidr_block = var.gcp_ase1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_apse1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_apse1]
}

# aws-use1-euw1: TGW peering aws-use1 -> aws-euw1

resource "aws_ec2_transit_gateway_peering_attachment" "aws_use1_euw1" {
  provider                = aws.aws_use1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_use1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  peer_region             = "eu-west-1"
  tags = {
    Name                = "aws-use1-euw1"
    "netstudio:element" = "aws-use1-euw1"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "aws_use1_euw1" {
  provider                      = aws.aws_euw1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.aws_use1_euw1.id
  tags = {
    Name                = "aws-use1-euw1"
    "netstudio:element" = "aws-use1-euw1"
  }
}

resource "aws_ec2_transit_gateway_route" "aws_use1_euw1_aws_use1" {
  provider                       = aws.aws_use1
  destination_cidr_block         = var.aws_euw1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_use1_euw1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_use1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_use1_euw1]
}

resource "aws_ec2_transit_gateway_route" "aws_use1_euw1_aws_euw1" {
  provider                       = aws.aws_euw1
  destination_cidr_block         = var.aws_use1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_use1_euw1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euw1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_use1_euw1]
}

# aws-use1-apse1: TGW peering aws-use1 -> aws-apse1

resource "aws_ec2_transit_gateway_peering_attachment" "aws_use1_apse1" {
  provider                = aws.aws_use1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_use1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_apse1.id
  peer_region             = "ap-southeast-1"
  tags = {
    Name                = "aws-use1-apse1"
    "netstudio:element" = "aws-use1-apse1"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "aws_use1_apse1" {
  provider                      = aws.aws_apse1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.aws_use1_apse1.id
  tags = {
    Name                = "aws-use1-apse1"
    "netstudio:element" = "aws-use1-apse1"
  }
}

resource "aws_ec2_transit_gateway_route" "aws_use1_apse1_aws_use1" {
  provider                       = aws.aws_use1
  destination_cidr_block         = var.aws_apse1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_use1_apse1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_use1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_use1_apse1]
}

resource "aws_ec2_transit_gateway_route" "aws_use1_apse1_aws_apse1" {
  provider                       = aws.aws_apse1
  destination_cidr_block         = var.aws_use1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_use1_apse1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_apse1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_use1_apse1]
}

# aws-euw1-apse1: TGW peering aws-euw1 -> aws-apse1

resource "aws_ec2_transit_gateway_peering_attachment" "aws_euw1_apse1" {
  provider                = aws.aws_euw1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_euw1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_apse1.id
  peer_region             = "ap-southeast-1"
  tags = {
    Name                = "aws-euw1-apse1"
    "netstudio:element" = "aws-euw1-apse1"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "aws_euw1_apse1" {
  provider                      = aws.aws_apse1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.aws_euw1_apse1.id
  tags = {
    Name                = "aws-euw1-apse1"
    "netstudio:element" = "aws-euw1-apse1"
  }
}

resource "aws_ec2_transit_gateway_route" "aws_euw1_apse1_aws_euw1" {
  provider                       = aws.aws_euw1
  destination_cidr_block         = var.aws_apse1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_euw1_apse1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euw1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_euw1_apse1]
}

resource "aws_ec2_transit_gateway_route" "aws_euw1_apse1_aws_apse1" {
  provider                       = aws.aws_apse1
  destination_cidr_block         = var.aws_euw1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_euw1_apse1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_apse1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_euw1_apse1]
}

# x-aws-use1-az-eastus: Site-to-Site VPN from aws-use1 to az-eastus

resource "aws_customer_gateway" "x_aws_use1_az_eastus_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.az_eastus_asn)
  ip_address = var.az_eastus_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure East US (x-aws-use1-az-eastus)"
    "netstudio:element" = "x-aws-use1-az-eastus"
  }
}

resource "aws_vpn_connection" "x_aws_use1_az_eastus_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_az_eastus_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.86.144/30"
  tunnel2_inside_cidr   = "169.254.86.148/30"
  tunnel1_preshared_key = var.x_aws_use1_az_eastus_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_az_eastus_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-az-eastus"
    "netstudio:element" = "x-aws-use1-az-eastus"
  }
}

# x-aws-use1-az-weu: Site-to-Site VPN from aws-use1 to az-weu

resource "aws_customer_gateway" "x_aws_use1_az_weu_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.az_weu_asn)
  ip_address = var.az_weu_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure West Europe (x-aws-use1-az-weu)"
    "netstudio:element" = "x-aws-use1-az-weu"
  }
}

resource "aws_vpn_connection" "x_aws_use1_az_weu_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_az_weu_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.76.112/30"
  tunnel2_inside_cidr   = "169.254.76.116/30"
  tunnel1_preshared_key = var.x_aws_use1_az_weu_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_az_weu_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-az-weu"
    "netstudio:element" = "x-aws-use1-az-weu"
  }
}

# x-aws-use1-az-sea: Site-to-Site VPN from aws-use1 to az-sea

resource "aws_customer_gateway" "x_aws_use1_az_sea_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.az_sea_asn)
  ip_address = var.az_sea_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure Southeast Asia (x-aws-use1-az-sea)"
    "netstudio:element" = "x-aws-use1-az-sea"
  }
}

resource "aws_vpn_connection" "x_aws_use1_az_sea_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_az_sea_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.104.112/30"
  tunnel2_inside_cidr   = "169.254.104.116/30"
  tunnel1_preshared_key = var.x_aws_use1_az_sea_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_az_sea_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-az-sea"
    "netstudio:element" = "x-aws-use1-az-sea"
  }
}

# x-aws-use1-gcp-usc1: Site-to-Site VPN from aws-use1 to gcp-usc1

resource "aws_customer_gateway" "x_aws_use1_gcp_usc1_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.gcp_usc1_asn)
  ip_address = var.gcp_usc1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP us-central1 (Iowa) (x-aws-use1-gcp-usc1)"
    "netstudio:element" = "x-aws-use1-gcp-usc1"
  }
}

resource "aws_vpn_connection" "x_aws_use1_gcp_usc1_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_gcp_usc1_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.102.240/30"
  tunnel2_inside_cidr   = "169.254.102.244/30"
  tunnel1_preshared_key = var.x_aws_use1_gcp_usc1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_gcp_usc1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-gcp-usc1"
    "netstudio:element" = "x-aws-use1-gcp-usc1"
  }
}

# x-aws-use1-gcp-euw1: Site-to-Site VPN from aws-use1 to gcp-euw1

resource "aws_customer_gateway" "x_aws_use1_gcp_euw1_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.gcp_euw1_asn)
  ip_address = var.gcp_euw1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP europe-west1 (Belgium) (x-aws-use1-gcp-euw1)"
    "netstudio:element" = "x-aws-use1-gcp-euw1"
  }
}

resource "aws_vpn_connection" "x_aws_use1_gcp_euw1_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_gcp_euw1_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.127.32/30"
  tunnel2_inside_cidr   = "169.254.127.36/30"
  tunnel1_preshared_key = var.x_aws_use1_gcp_euw1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_gcp_euw1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-gcp-euw1"
    "netstudio:element" = "x-aws-use1-gcp-euw1"
  }
}

# x-aws-use1-gcp-ase1: Site-to-Site VPN from aws-use1 to gcp-ase1

resource "aws_customer_gateway" "x_aws_use1_gcp_ase1_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.gcp_ase1_asn)
  ip_address = var.gcp_ase1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP asia-southeast1 (Singapore) (x-aws-use1-gcp-ase1)"
    "netstudio:element" = "x-aws-use1-gcp-ase1"
  }
}

resource "aws_vpn_connection" "x_aws_use1_gcp_ase1_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.x_aws_use1_gcp_ase1_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.100.192/30"
  tunnel2_inside_cidr   = "169.254.100.196/30"
  tunnel1_preshared_key = var.x_aws_use1_gcp_ase1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_use1_gcp_ase1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-use1-gcp-ase1"
    "netstudio:element" = "x-aws-use1-gcp-ase1"
  }
}

# x-aws-euw1-az-eastus: Site-to-Site VPN from aws-euw1 to az-eastus

resource "aws_customer_gateway" "x_aws_euw1_az_eastus_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.az_eastus_asn)
  ip_address = var.az_eastus_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure East US (x-aws-euw1-az-eastus)"
    "netstudio:element" = "x-aws-euw1-az-eastus"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_az_eastus_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_az_eastus_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.94.80/30"
  tunnel2_inside_cidr   = "169.254.94.84/30"
  tunnel1_preshared_key = var.x_aws_euw1_az_eastus_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_az_eastus_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-az-eastus"
    "netstudio:element" = "x-aws-euw1-az-eastus"
  }
}

# x-aws-euw1-az-weu: Site-to-Site VPN from aws-euw1 to az-weu

resource "aws_customer_gateway" "x_aws_euw1_az_weu_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.az_weu_asn)
  ip_address = var.az_weu_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure West Europe (x-aws-euw1-az-weu)"
    "netstudio:element" = "x-aws-euw1-az-weu"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_az_weu_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_az_weu_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.94.176/30"
  tunnel2_inside_cidr   = "169.254.94.180/30"
  tunnel1_preshared_key = var.x_aws_euw1_az_weu_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_az_weu_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-az-weu"
    "netstudio:element" = "x-aws-euw1-az-weu"
  }
}

# x-aws-euw1-az-sea: Site-to-Site VPN from aws-euw1 to az-sea

resource "aws_customer_gateway" "x_aws_euw1_az_sea_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.az_sea_asn)
  ip_address = var.az_sea_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure Southeast Asia (x-aws-euw1-az-sea)"
    "netstudio:element" = "x-aws-euw1-az-sea"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_az_sea_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_az_sea_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.116.176/30"
  tunnel2_inside_cidr   = "169.254.116.180/30"
  tunnel1_preshared_key = var.x_aws_euw1_az_sea_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_az_sea_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-az-sea"
    "netstudio:element" = "x-aws-euw1-az-sea"
  }
}

# x-aws-euw1-gcp-usc1: Site-to-Site VPN from aws-euw1 to gcp-usc1

resource "aws_customer_gateway" "x_aws_euw1_gcp_usc1_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.gcp_usc1_asn)
  ip_address = var.gcp_usc1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP us-central1 (Iowa) (x-aws-euw1-gcp-usc1)"
    "netstudio:element" = "x-aws-euw1-gcp-usc1"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_gcp_usc1_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_gcp_usc1_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.69.176/30"
  tunnel2_inside_cidr   = "169.254.69.180/30"
  tunnel1_preshared_key = var.x_aws_euw1_gcp_usc1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_gcp_usc1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-gcp-usc1"
    "netstudio:element" = "x-aws-euw1-gcp-usc1"
  }
}

# x-aws-euw1-gcp-euw1: Site-to-Site VPN from aws-euw1 to gcp-euw1

resource "aws_customer_gateway" "x_aws_euw1_gcp_euw1_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.gcp_euw1_asn)
  ip_address = var.gcp_euw1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP europe-west1 (Belgium) (x-aws-euw1-gcp-euw1)"
    "netstudio:element" = "x-aws-euw1-gcp-euw1"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_gcp_euw1_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_gcp_euw1_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.109.224/30"
  tunnel2_inside_cidr   = "169.254.109.228/30"
  tunnel1_preshared_key = var.x_aws_euw1_gcp_euw1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_gcp_euw1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-gcp-euw1"
    "netstudio:element" = "x-aws-euw1-gcp-euw1"
  }
}

# x-aws-euw1-gcp-ase1: Site-to-Site VPN from aws-euw1 to gcp-ase1

resource "aws_customer_gateway" "x_aws_euw1_gcp_ase1_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.gcp_ase1_asn)
  ip_address = var.gcp_ase1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP asia-southeast1 (Singapore) (x-aws-euw1-gcp-ase1)"
    "netstudio:element" = "x-aws-euw1-gcp-ase1"
  }
}

resource "aws_vpn_connection" "x_aws_euw1_gcp_ase1_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.x_aws_euw1_gcp_ase1_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.80.128/30"
  tunnel2_inside_cidr   = "169.254.80.132/30"
  tunnel1_preshared_key = var.x_aws_euw1_gcp_ase1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_euw1_gcp_ase1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-euw1-gcp-ase1"
    "netstudio:element" = "x-aws-euw1-gcp-ase1"
  }
}

# x-aws-apse1-az-eastus: Site-to-Site VPN from aws-apse1 to az-eastus

resource "aws_customer_gateway" "x_aws_apse1_az_eastus_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.az_eastus_asn)
  ip_address = var.az_eastus_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure East US (x-aws-apse1-az-eastus)"
    "netstudio:element" = "x-aws-apse1-az-eastus"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_az_eastus_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_az_eastus_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.117.96/30"
  tunnel2_inside_cidr   = "169.254.117.100/30"
  tunnel1_preshared_key = var.x_aws_apse1_az_eastus_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_az_eastus_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-az-eastus"
    "netstudio:element" = "x-aws-apse1-az-eastus"
  }
}

# x-aws-apse1-az-weu: Site-to-Site VPN from aws-apse1 to az-weu

resource "aws_customer_gateway" "x_aws_apse1_az_weu_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.az_weu_asn)
  ip_address = var.az_weu_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure West Europe (x-aws-apse1-az-weu)"
    "netstudio:element" = "x-aws-apse1-az-weu"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_az_weu_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_az_weu_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.86.0/30"
  tunnel2_inside_cidr   = "169.254.86.4/30"
  tunnel1_preshared_key = var.x_aws_apse1_az_weu_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_az_weu_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-az-weu"
    "netstudio:element" = "x-aws-apse1-az-weu"
  }
}

# x-aws-apse1-az-sea: Site-to-Site VPN from aws-apse1 to az-sea

resource "aws_customer_gateway" "x_aws_apse1_az_sea_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.az_sea_asn)
  ip_address = var.az_sea_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Azure Southeast Asia (x-aws-apse1-az-sea)"
    "netstudio:element" = "x-aws-apse1-az-sea"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_az_sea_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_az_sea_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.102.64/30"
  tunnel2_inside_cidr   = "169.254.102.68/30"
  tunnel1_preshared_key = var.x_aws_apse1_az_sea_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_az_sea_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-az-sea"
    "netstudio:element" = "x-aws-apse1-az-sea"
  }
}

# x-aws-apse1-gcp-usc1: Site-to-Site VPN from aws-apse1 to gcp-usc1

resource "aws_customer_gateway" "x_aws_apse1_gcp_usc1_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.gcp_usc1_asn)
  ip_address = var.gcp_usc1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP us-central1 (Iowa) (x-aws-apse1-gcp-usc1)"
    "netstudio:element" = "x-aws-apse1-gcp-usc1"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_gcp_usc1_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_gcp_usc1_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.71.64/30"
  tunnel2_inside_cidr   = "169.254.71.68/30"
  tunnel1_preshared_key = var.x_aws_apse1_gcp_usc1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_gcp_usc1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-gcp-usc1"
    "netstudio:element" = "x-aws-apse1-gcp-usc1"
  }
}

# x-aws-apse1-gcp-euw1: Site-to-Site VPN from aws-apse1 to gcp-euw1

resource "aws_customer_gateway" "x_aws_apse1_gcp_euw1_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.gcp_euw1_asn)
  ip_address = var.gcp_euw1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP europe-west1 (Belgium) (x-aws-apse1-gcp-euw1)"
    "netstudio:element" = "x-aws-apse1-gcp-euw1"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_gcp_euw1_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_gcp_euw1_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.120.80/30"
  tunnel2_inside_cidr   = "169.254.120.84/30"
  tunnel1_preshared_key = var.x_aws_apse1_gcp_euw1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_gcp_euw1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-gcp-euw1"
    "netstudio:element" = "x-aws-apse1-gcp-euw1"
  }
}

# x-aws-apse1-gcp-ase1: Site-to-Site VPN from aws-apse1 to gcp-ase1

resource "aws_customer_gateway" "x_aws_apse1_gcp_ase1_aws_apse1" {
  provider   = aws.aws_apse1
  bgp_asn    = tostring(var.gcp_ase1_asn)
  ip_address = var.gcp_ase1_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "GCP asia-southeast1 (Singapore) (x-aws-apse1-gcp-ase1)"
    "netstudio:element" = "x-aws-apse1-gcp-ase1"
  }
}

resource "aws_vpn_connection" "x_aws_apse1_gcp_ase1_aws_apse1" {
  provider              = aws.aws_apse1
  customer_gateway_id   = aws_customer_gateway.x_aws_apse1_gcp_ase1_aws_apse1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_apse1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.77.48/30"
  tunnel2_inside_cidr   = "169.254.77.52/30"
  tunnel1_preshared_key = var.x_aws_apse1_gcp_ase1_tunnel1_psk
  tunnel2_preshared_key = var.x_aws_apse1_gcp_ase1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "x-aws-apse1-gcp-ase1"
    "netstudio:element" = "x-aws-apse1-gcp-ase1"
  }
}

# Global API edge (edge): anycast ingress through Global Accelerator

resource "aws_globalaccelerator_accelerator" "edge" {
  provider        = aws.global_accelerator
  name            = "ns-edge"
  ip_address_type = "IPV4"
  enabled         = true
  tags = {
    Name                = "Global API edge"
    "netstudio:element" = "edge"
  }
}

resource "aws_globalaccelerator_listener" "edge" {
  provider        = aws.global_accelerator
  accelerator_arn = aws_globalaccelerator_accelerator.edge.arn
  protocol        = "TCP"
  client_affinity = "NONE"

  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "edge_aws_use1" {
  provider                      = aws.global_accelerator
  listener_arn                  = aws_globalaccelerator_listener.edge.arn
  endpoint_group_region         = "us-east-1"
  health_check_interval_seconds = 30
  threshold_count               = 3

  endpoint_configuration {
    endpoint_id = var.edge_aws_use1_endpoint_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "edge_aws_euw1" {
  provider                      = aws.global_accelerator
  listener_arn                  = aws_globalaccelerator_listener.edge.arn
  endpoint_group_region         = "eu-west-1"
  health_check_interval_seconds = 30
  threshold_count               = 3

  endpoint_configuration {
    endpoint_id = var.edge_aws_euw1_endpoint_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "edge_aws_apse1" {
  provider                      = aws.global_accelerator
  listener_arn                  = aws_globalaccelerator_listener.edge.arn
  endpoint_group_region         = "ap-southeast-1"
  health_check_interval_seconds = 30
  threshold_count               = 3

  endpoint_configuration {
    endpoint_id = var.edge_aws_apse1_endpoint_arn
    weight      = 100
  }
}
